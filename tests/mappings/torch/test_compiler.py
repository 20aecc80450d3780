"""torch.compiler's queries and torch.__version__: the converted code takes PyTorch's eager path."""
import pytest
from parity import convert_checked, exec_code

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch._dynamo


@torch.compiler.disable
def plain(x):
    return x + 1


@torch.compiler.disable(recursive=False)
def plain_too(x):
    return x * 2


def probe():
    major = int(torch.__version__.split(".")[0])
    return (torch.compiler.is_compiling(), torch.compiler.is_dynamo_compiling(), torch.compiler.is_exporting(),
            torch._dynamo.is_compiling(), major >= 2, plain(1), plain_too(3), torch._dynamo.disable(len)([1, 2]))
'''

COVERED = {
    "torch.__version__", "torch.compiler.is_compiling", "torch.compiler.is_dynamo_compiling",
    "torch.compiler.is_exporting", "torch.compiler.disable",
}


def test_compiler_queries_take_the_eager_path(torch, jittor):
    pt = {}
    exec(compile(SOURCE, "compiler_pt.py", "exec"), pt)
    jt = exec_code(convert_checked(SOURCE), "compiler_jt.py")
    assert jt["probe"]() == pt["probe"]() == (False, False, False, False, True, 2, 6, 2)
