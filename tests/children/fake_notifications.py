"""A stand-in for the desktop's notification service, on the bus in DBUS_SESSION_BUS_ADDRESS:
prints each Notify it gets as one JSON line, with the types the spec asks for
("susssasa{sv}i"; a call with other types never reaches the slot)."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QDBusAbstractAdaptor):
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        print(json.dumps({"app": app, "summary": summary, "body": body, "actions": actions}))
        sys.stdout.flush()
        return 1


app = QCoreApplication(sys.argv)
holder = QObject()
adaptor = Notifications(holder)
bus = QDBusConnection.sessionBus()
ok = bus.registerObject("/org/freedesktop/Notifications", holder)
ok = ok and bus.registerService("org.freedesktop.Notifications")
print("ready" if ok else "failed", flush=True)
app.exec()
