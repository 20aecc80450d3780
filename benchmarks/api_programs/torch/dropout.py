# api: torch.dropout
import torch
x = torch.arange(1., 21.).reshape(4, 5)
y = torch.dropout(x, 0.5, True)
eval_out = torch.dropout(x, 0.5, False)
all_dropped = torch.dropout(x, p=1.0, train=True)
results = {
    "shape": y.shape,
    "dtype": y.dtype,
    "kept_or_zeroed": bool(((y == 0) | (y == 2 * x)).all()),
    "eval_out": eval_out,
    "all_dropped": all_dropped,
}
