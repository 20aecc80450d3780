# api: torch.Tensor.to
import torch
table = {"half": torch.float16, "double": torch.float64, "long": torch.int64}
x = torch.tensor([1.5, 2.5])
out = {k: x.to(v) for k, v in table.items()}
kinds = {k: v.dtype for k, v in out.items()}
