# api: torch.logaddexp2
import torch
out = torch.logaddexp2(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 3.0]))
