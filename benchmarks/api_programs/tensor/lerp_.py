# api: torch.Tensor.lerp_
import torch
start = torch.zeros(4)
end = torch.tensor([1.0, 2.0, 3.0, 4.0])
start.lerp_(end, 0.25)
other = torch.ones(4)
other.lerp_(end, torch.tensor([0.0, 0.5, 1.0, 0.5]))
