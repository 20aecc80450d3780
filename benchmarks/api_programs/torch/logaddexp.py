# api: torch.logaddexp
import torch
out = torch.logaddexp(torch.tensor([-100.0, 0.0]), torch.tensor([-100.0, 1.0]))
