# api: torch.Tensor.lerp
import torch
start = torch.arange(1., 5.)
end = torch.full((4,), 10.)
out = start.lerp(end, 0.5)
out_t = start.lerp(end, torch.tensor([0.0, 0.25, 0.5, 1.0]))
