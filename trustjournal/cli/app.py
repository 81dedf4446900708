"""The desktop app from the command line: open it, put it in the menu, and the bundle's
self-test."""

from __future__ import annotations

import argparse
import sys

from trustjournal.cli.common import EXIT_ERROR, EXIT_OK, CliError, passphrase, vault_path


def cmd_gui(args: argparse.Namespace) -> int:
    from trustjournal.gui.common import system

    problem = system.display_problem()
    if problem:
        raise CliError(problem)
    missing = system.missing_packages()
    if missing:
        print(system.missing_message(missing), file=sys.stderr, end="")
        return EXIT_ERROR
    from trustjournal.gui.app import main as gui_main

    return gui_main(vault_path(args), new_entry=getattr(args, "new", False))


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from trustjournal import desktop

    for line in desktop.install():
        print(line)
    return EXIT_OK


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from trustjournal import desktop

    for line in desktop.uninstall():
        print(line)
    return EXIT_OK


def cmd_smoke_gui(args: argparse.Namespace) -> int:
    from trustjournal.gui import smoke

    return smoke.run(vault_path(args), passphrase(args))
