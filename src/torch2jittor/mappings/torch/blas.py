"""torch.* matrix products ("BLAS and LAPACK Operations")."""
from ..schema import function

ENTRIES = {
    "torch.matmul": function("input, other, *, out=None", "jt", "matmul", "a, b", links={"input": "a", "other": "b"}),
    "torch.mm": function("input, mat2, *, out=None", "jt", "matmul", "a, b", links={"input": "a", "mat2": "b"}),
    "torch.bmm": function("input, mat2, *, out=None", "jt", "bmm", "a, b", links={"input": "a", "mat2": "b"}),
    "torch.mv": function("input, vec, *, out=None", "t2j", "mv"),
    "torch.dot": function("input, tensor, *, out=None", "t2j", "dot"),
    "torch.outer": function("input, vec2, *, out=None", "t2j", "outer"),
    "torch.addmm": function("input, mat1, mat2, *, beta=1, alpha=1, out=None", "t2j", "addmm"),
    "torch.baddbmm": function("input, batch1, batch2, *, beta=1, alpha=1, out=None", "t2j", "baddbmm"),
    "torch.addbmm": function("input, batch1, batch2, *, beta=1, alpha=1, out=None", "t2j", "addbmm"),
}
