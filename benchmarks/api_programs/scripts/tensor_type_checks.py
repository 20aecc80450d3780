# api: torch.is_tensor
import torch
vals = [torch.ones(1), 3, [1, 2], torch.zeros(2, dtype=torch.long)]
kinds = [torch.is_tensor(v) for v in vals]
inst = [isinstance(v, torch.Tensor) for v in vals]
fp = [v.is_floating_point() for v in vals if torch.is_tensor(v)]
dt = [str(v.dtype) for v in vals if isinstance(v, torch.Tensor)]
