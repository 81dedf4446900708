"""Which shared libraries the Linux bundle takes from the machine it runs on.

Used by packaging/trustjournal.spec (to leave them out) and tools/bundle_test.py (to
check, with ldd, that every library either sits in the bundle or is one of these).

The bundle carries Python, Qt (PySide6's own libraries, ICU included), sqlcipher3,
cryptography, Python's own dependencies (OpenSSL, libffi, zlib, ...) and the small X11
helper libraries a minimal desktop often lacks (libxcb-cursor and friends, xkbcommon).
The desktop stack comes from the running system, as it does for `pip install`: the C and
C++ runtimes, OpenGL, GLib, GTK (only Qt's GTK theme plugin uses it), fontconfig and
FreeType, D-Bus, X11 core. Bundling the build machine's copies of these is what breaks
frozen Qt apps on newer distributions: a bundled libstdc++ older than the system's Mesa
driver needs ("GLIBCXX_3.4.30 not found"), a bundled GLib that cannot load the system's
GIO modules, a bundled fontconfig that rejects the system's configuration.
"""

from __future__ import annotations

import re

# PyInstaller already leaves these out (glibc, OpenGL/EGL/DRM, libxcb, Wayland client).
PYINSTALLER_DEFAULT = (
    r"ld-linux.*",
    r"linux-vdso",
    r"lib(c|dl|m|mvec|pthread|rt|thread_db|resolv|util|anl|nsl|crypt|BrokenLocale|cidn)",
    r"libnss_.*",
    r"libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?",
    r"libGLdispatch",
    r"libdrm",
    r"libgbm",
    r"libxcb(-dri.*)?",
    r"libwayland-(client|cursor|egl|server)",
)

# The desktop stack we leave to the system on purpose (see the module docstring).
HOST = (
    r"libstdc\+\+",
    r"libgcc_s",
    r"lib(glib|gio|gobject|gmodule|gthread)-2\.0",
    r"lib(gtk|gdk)-3",
    r"libgdk_pixbuf-2\.0",
    r"libpango(cairo|ft2)?-1\.0",
    r"libcairo(-gobject)?",
    r"libatk(-bridge)?-(1|2)\.0",
    r"libatspi",
    r"lib(harfbuzz|fribidi|thai|datrie|epoxy|pixman-1|graphite2)",
    r"lib(fontconfig|freetype|png16|jpeg|brotli(common|dec))",
    r"lib(dbus-1|systemd|gcrypt|gpg-error|selinux|mount|blkid|cap|lz4|zstd|pcre2-8)",
    r"lib(bsd|md)",
    r"libX(11|11-xcb|au|dmcp|ext|render|i|fixes|cursor|damage|composite|randr|inerama)",
    r"lib(krb5|krb5support|gssapi_krb5|k5crypto|com_err|keyutils)",
)

# Shipped, but beside Qt's libraries (PySide6/Qt/lib), where Qt's run paths find them.
BESIDE_QT = (r"libxcb-(?!dri).*", r"libxkbcommon(-x11)?")

_SUFFIX = r"\.so(\.[0-9.]+)?"
SYSTEM_RE = re.compile(rf"^(?:{'|'.join(PYINSTALLER_DEFAULT + HOST)}){_SUFFIX}$")
HOST_RE = re.compile(rf"^(?:{'|'.join(HOST)}){_SUFFIX}$")
BESIDE_QT_RE = re.compile(rf"^(?:{'|'.join(BESIDE_QT)}){_SUFFIX}$")


def from_system(name: str) -> bool:
    """True if the library file `name` (e.g. "libstdc++.so.6") comes from the system."""
    return bool(SYSTEM_RE.match(name))


def left_to_host(name: str) -> bool:
    """True if the spec leaves `name` out although PyInstaller would bundle it."""
    return bool(HOST_RE.match(name))


def beside_qt(dest: str) -> bool:
    """True if the bundle's top-level library `dest` belongs beside Qt's libraries."""
    return "/" not in dest and bool(BESIDE_QT_RE.match(dest))
