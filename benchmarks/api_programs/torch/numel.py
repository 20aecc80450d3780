# api: torch.numel
import torch
n = torch.numel(torch.zeros(3, 4))
