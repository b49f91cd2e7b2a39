"""The `actormap` that `swift build` made, for the scripts that check what it writes."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def actormap_binary():
    """The path of the built `actormap`, found with `swift build --show-bin-path`; stops with
    a message naming the fix when it has not been built."""
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    binary = os.path.join(path, "actormap")
    if not os.access(binary, os.X_OK):
        sys.exit(f"{os.path.basename(sys.argv[0])}: {binary} is missing; run `swift build` first.")
    return binary
