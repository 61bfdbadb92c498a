/*
 * The {{ cookiecutter.formal_name | c_string }} launcher, installed as /usr/bin/{{ cookiecutter.app_name }}.
 *
 * It embeds the system's Python {{ cookiecutter.python_version }} (libpython{{ cookiecutter.python_version }}) and runs the module
 * {{ cookiecutter.module_name }} as `python -m` would, with the app's own folders first on
 * sys.path:
 *
 *     <prefix>/lib/{{ cookiecutter.app_name }}/app            the app's code and resources
 *     <prefix>/lib/{{ cookiecutter.app_name }}/app_packages   its dependencies
 *
 * where <prefix> is the folder above the one holding this program (/usr once
 * installed), so a bundle also runs from where it was built. The interpreter
 * ignores PYTHON* environment variables, the user's site-packages and the
 * system's dist-packages: the app sees only what it ships and the standard
 * library. UTF-8 mode is on whatever the locale. BRIEFCASE_MAIN_MODULE, when
 * set, names another module of the app to run instead (Briefcase's test mode).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define APP_NAME "{{ cookiecutter.app_name | c_string }}"
#define MAIN_MODULE "{{ cookiecutter.module_name | c_string }}"

static int report(const char *what)
{
    fprintf(stderr, APP_NAME ": %s\n", what);
    return 1;
}

/* <prefix>/lib/APP_NAME/<leaf>, or 0 if it does not fit. */
static int app_folder(char *out, size_t size, const char *prefix, const char *leaf)
{
    int written = snprintf(out, size, "%s/lib/%s/%s", prefix, APP_NAME, leaf);
    return written > 0 && (size_t)written < size;
}

/* Put `folder` at the front of sys.path; 0 on failure (with a Python error set). */
static int prepend_to_sys_path(const char *folder)
{
    PyObject *path = PySys_GetObject("path"); /* borrowed */
    PyObject *entry = PyUnicode_DecodeFSDefault(folder);
    int ok = path != NULL && entry != NULL && PyList_Insert(path, 0, entry) == 0;
    Py_XDECREF(entry);
    return ok;
}

int main(int argc, char *argv[])
{
    char executable[PATH_MAX];
    char prefix[PATH_MAX];
    char app[PATH_MAX];
    char app_packages[PATH_MAX];

    ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    if (length <= 0 || (size_t)length >= sizeof executable - 1) {
        return report("cannot find where it is installed (/proc/self/exe)");
    }
    executable[length] = '\0';
    /* dirname() works in place: bin folder first, then its parent. */
    if (realpath(dirname(dirname(executable)), prefix) == NULL) {
        return report("cannot resolve its installation folder");
    }
    if (!app_folder(app, sizeof app, prefix, "app")
        || !app_folder(app_packages, sizeof app_packages, prefix, "app_packages")) {
        return report("its installation path is too long");
    }

    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.use_environment = 0;
    preconfig.utf8_mode = 1;
    PyStatus status = Py_PreInitialize(&preconfig);
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.use_environment = 0;
    config.user_site_directory = 0;
    config.site_import = 0;
    config.safe_path = 1;
    config.write_bytecode = 0;
    config.parse_argv = 0;
    config.pathconfig_warnings = 0;

    const char *module = getenv("BRIEFCASE_MAIN_MODULE");
    if (module == NULL || module[0] == '\0') {
        module = MAIN_MODULE;
    }
    status = PyConfig_SetBytesArgv(&config, argc, argv);
    if (!PyStatus_Exception(status)) {
        status = PyConfig_SetBytesString(&config, &config.run_module, module);
    }
    if (!PyStatus_Exception(status)) {
        status = Py_InitializeFromConfig(&config);
    }
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }

    /* Inserted in reverse: the app's own code comes before its dependencies. */
    if (!prepend_to_sys_path(app_packages) || !prepend_to_sys_path(app)) {
        PyErr_Print();
        Py_FinalizeEx();
        return report("cannot set up sys.path");
    }
    return Py_RunMain();
}
