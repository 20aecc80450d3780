"""torch.sparse_coo_tensor, torch.spmm and torch.sparse.* ("Sparse tensors"). Jittor has no sparse
tensors: the helper package stands in for one with the dense tensor of the same values
(runtime/jittor_compat/ops/sparse.py), and the converter tells the user so at each call that makes
one (the note: a diagnostic at each call)."""
from ..schema import function

_DENSE = ("Jittor has no sparse tensors: the dense tensor of the same values stands in (PyTorch's "
          "values and gradients; is_sparse is False, the memory is the dense tensor's, indices()/values() "
          "are not provided)")

ENTRIES = {
    "torch.sparse_coo_tensor": function(
        "indices, values, size=None, *, dtype=None, device=None, pin_memory=False, requires_grad=False,"
        " check_invariants=None, is_coalesced=None", "t2j", "sparse_coo_tensor", note=_DENSE),
    # a product with a sparse first operand: on the stand-in, the dense product (PyTorch's
    # torch.spmm and torch.mm give the dense operand's gradient in full, as jt.matmul does)
    "torch.spmm": function("input, mat2, *, out=None", "jt", "matmul", "a, b", links={"input": "a", "mat2": "b"}),
    # torch.sparse.mm keeps the sparse operand's gradient to its stored elements
    "torch.sparse.mm": function("mat1, mat2, reduce=None", "t2j", "sparse_mm", note=_DENSE),
}

UNSUPPORTED = {
    **{f"torch.{name}": "Jittor has no sparse tensors: only COO (torch.sparse_coo_tensor) has a dense stand-in"
       for name in "sparse_csr_tensor sparse_csc_tensor sparse_bsr_tensor sparse_bsc_tensor sparse_compressed_tensor"
       .split()},
}
