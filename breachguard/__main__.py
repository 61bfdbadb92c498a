import sys

from breachguard.app import main

sys.exit(main())
