# api: torch.nn.functional.logsigmoid
import torch
import torch.nn.functional as F
y = F.logsigmoid(torch.tensor([-50.0, 0.0, 3.0]))
