"""Check every span of a gold JSONL: text[start:end] == span text; ids and denies consistent (../heldout_build.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_build import main  # noqa: E402

if __name__ == "__main__":
    main(None, None, sys.argv[1:])
