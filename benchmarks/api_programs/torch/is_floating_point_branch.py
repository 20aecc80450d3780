# api: torch.is_floating_point
import torch
def scale(t):
    if torch.is_floating_point(t):
        return t * 0.5
    return t // 2
a = scale(torch.tensor([3, 5]))
b = scale(torch.tensor([3.0, 5.0]))
