"""torch.* "Other Operations": flattening, flipping, rolling, triangles, cumulative ops, einsum,
searching sorted sequences, unique."""
from ..schema import entry, function

ENTRIES = {
    "torch.flatten": entry("input, start_dim=0, end_dim=-1", "jt", "flatten", "input, start_dim=0, end_dim=-1"),
    "torch.broadcast_to": function("input, size", "t2j", "broadcast_to"),
    # jt.flip takes a list of dims but fails on a tuple
    "torch.flip": function("input, dims", "t2j", "flip"),
    # jt.roll without dims rolls dim 0; PyTorch rolls the flattened tensor.
    "torch.roll": function("input, shifts, dims=None", "t2j", "roll"),
    "torch.tril": function("input, diagonal=0, *, out=None", "jt", "tril", "input, diagonal=0"),
    "torch.triu": function("input, diagonal=0, *, out=None", "jt", "triu", "input, diagonal=0"),
    "torch.repeat_interleave": function("input, repeats=None, dim=None, *, output_size=None", "t2j",
                                        "repeat_interleave"),
    "torch.meshgrid": function("*tensors, indexing=None", "t2j", "meshgrid"),
    "torch.cumsum": function("input, dim, *, dtype=None, out=None", "t2j", "cumsum"),
    "torch.cumprod": function("input, dim, *, dtype=None, out=None", "t2j", "cumprod"),
    "torch.cummax": function("input, dim, *, out=None", "t2j", "cummax"),
    "torch.cummin": function("input, dim, *, out=None", "t2j", "cummin"),
    "torch.diff": function("input, n=1, dim=-1, prepend=None, append=None", "t2j", "diff"),
    # numpy.gradient's estimates, computed with Jittor's ops (the gradient flows)
    "torch.gradient": function("input, *, spacing=1, dim=None, edge_order=1", "t2j", "gradient"),
    "torch.einsum": function("equation, *operands", "t2j", "einsum"),
    "torch.kron": function("input, other, *, out=None", "t2j", "kron"),
    "torch.cross": function("input, other, dim=None, *, out=None", "t2j", "cross"),
    "torch.diag": function("input, diagonal=0, *, out=None", "t2j", "diag"),
    "torch.trace": function("input", "t2j", "trace"),
    "torch.rot90": function("input, k=1, dims=(0, 1)", "t2j", "rot90"),
    "torch.renorm": function("input, p, dim, maxnorm, *, out=None", "t2j", "renorm"),
    "torch.cdist": function("x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary'", "t2j", "cdist",
                            "x1, x2, p=2.0", delete=("compute_mode",)),
    "torch.searchsorted": function(
        "sorted_sequence, input, *, out_int32=False, right=False, side=None, out=None, sorter=None",
        "t2j", "searchsorted", unsupported=("sorter",)),
    "torch.bucketize": function("input, boundaries, *, out_int32=False, right=False, out=None", "t2j", "bucketize"),
    "torch.unique": entry("input, sorted=True, return_inverse=False, return_counts=False, dim=None", "t2j",
                          "tensor_unique", "x, sorted=True, return_inverse=False, return_counts=False, dim=None",
                          links={"input": "x"}),
    "torch.logcumsumexp": function("input, dim, *, out=None", "t2j", "logcumsumexp"),
    "torch.fliplr": function("input", "t2j", "flip", "input, dims", extras={"dims": "1"}),
    "torch.flipud": function("input", "t2j", "flip", "input, dims", extras={"dims": "0"}),
    "torch.block_diag": function("*tensors", "t2j", "block_diag"),
    "torch.cartesian_prod": function("*tensors", "t2j", "cartesian_prod"),
    "torch.combinations": function("input, r=2, with_replacement=False", "t2j", "combinations"),
    "torch.diag_embed": function("input, offset=0, dim1=-2, dim2=-1", "t2j", "diag_embed"),
    "torch.diagflat": function("input, offset=0", "t2j", "diagflat"),
    "torch.trapezoid": function("y, x=None, *, dx=None, dim=-1", "t2j", "trapezoid"),
    "torch.trapz": function("y, x=None, *, dx=None, dim=-1", "t2j", "trapezoid"),
    "torch.cumulative_trapezoid": function("y, x=None, *, dx=None, dim=-1", "t2j", "cumulative_trapezoid"),
}

UNSUPPORTED = {
    "torch.stft": "no FFT-based transforms in Jittor",
    "torch.istft": "no FFT-based transforms in Jittor",
}
