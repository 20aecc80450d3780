# api: torch.numel
import torch
x = torch.ones(2, 3)
n = torch.numel(x)
it = torch.is_tensor(x)
nt = torch.is_tensor([1])
fp = torch.is_floating_point(x)
ip = torch.is_floating_point(torch.tensor([1]))
nz = torch.is_nonzero(torch.tensor([1.5]))
