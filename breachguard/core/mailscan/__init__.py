"""A header-only scan of local mail for the exchange's messages.

Which address received the exchange's real mail (that is the login email), how
sure that is, and which look-alike domains wrote to which address. Only header
blocks are parsed; bodies are skipped without being held. Modules:

``mbox``            streaming split of an mbox file into header blocks
``sources``         header blocks from mbox files, maildirs and ``.eml`` folders
``headers``         the facts of one header block (addresses, date, DKIM results)
``addresses``       the one real address of an address header
``authentication``  Authentication-Results and DKIM-Signature as text
``verdicts``        evidence per message and the tally per receiving address
``discovery``       Thunderbird and Evolution stores on this computer
``scan``            a store into a report
"""
