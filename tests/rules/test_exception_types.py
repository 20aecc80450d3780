"""Exception handlers written for PyTorch's exception classes (rules/exception_types.py): a shape
mismatch is PyTorch's RuntimeError and Jittor's AssertionError, an index out of range PyTorch's
IndexError and Jittor's RuntimeError; the converted handler must catch what Jittor raises."""
import pytest
from parity import assert_same, convert_checked, exec_code

from torch2jittor import convert

pytestmark = pytest.mark.frameworks

COVERED = set()  # no entry of its own: a rule over except clauses

PROGRAM = '''
import torch
import torch.nn as nn


def caught(call):
    try:
        call()
        return "none"
    except RuntimeError:
        return "RuntimeError"
    except IndexError:
        return "IndexError"


def refused(call):
    try:
        call()
        return "none"
    except ValueError:
        return "ValueError"


def errors():
    x = torch.ones(3, 4)
    fc = nn.Linear(3, 2)
    conv = nn.Conv2d(3, 2, 3)
    found = [caught(lambda: fc(x)), caught(lambda: conv(torch.ones(1, 4, 5, 5))),
             caught(lambda: torch.matmul(x, torch.ones(3, 2))), caught(lambda: x + torch.ones(5))]
    try:
        x[5]
        found.append("none")
    except (IndexError, KeyError):
        found.append("IndexError")
    found.append(refused(lambda: nn.init.xavier_uniform_(torch.empty(5))))
    return found
'''


def test_handlers_catch_what_jittor_raises_for_the_same_error(torch, jittor):
    expected = exec_code(PROGRAM, "errors_pt.py")["errors"]()
    assert expected == ["RuntimeError", "RuntimeError", "RuntimeError", "RuntimeError", "IndexError", "ValueError"]
    code = convert_checked(PROGRAM)
    assert "except (RuntimeError, AssertionError):" in code
    assert "except (IndexError, KeyError, RuntimeError, AssertionError):" in code
    assert "except (ValueError, AssertionError):" in code
    assert_same(expected, exec_code(code, "errors_jt.py")["errors"]())


@pytest.mark.parametrize("source", [
    "try:\n    pass\nexcept RuntimeError:\n    pass\n",  # no torch in the file: not about torch's errors
    "import torch\ntry:\n    pass\nexcept (RuntimeError, AssertionError):  # both\n    pass\n",
    "import torch\ntry:\n    pass\nexcept (IndexError, RuntimeError, AssertionError):  # a converted handler\n    pass\n",
    "import torch\ntry:\n    pass\nexcept KeyError as e:\n    pass\nexcept:\n    pass\n",
    "import torch\ntry:\n    pass\nexcept errors.RuntimeError:\n    pass\n",
])
def test_handlers_that_stay_as_written(source):
    assert convert(source).split("\n")[-5:] == source.split("\n")[-5:]
