# api: torch.while_loop
import torch
def keep_going(i, value):
    return i < 5
def step(i, value):
    return i + 1, value * 1.5
steps, result = torch.while_loop(keep_going, step, (torch.tensor(0), torch.tensor([1.0, 2.0])))
