"""A process that starts a child, prints its pid and runs on (tests/test_suite_hygiene.py:
a grandchild of the test left running under a process that is still there)."""

from __future__ import annotations

import subprocess
import sys
import time

if __name__ == "__main__":
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    print(child.pid, flush=True)
    time.sleep(120)
