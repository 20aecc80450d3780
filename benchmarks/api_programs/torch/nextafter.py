# api: torch.nextafter
import torch
x = torch.tensor([1.0, 2.0])
toward = torch.tensor([2.0, 1.0])
nxt = torch.nextafter(x, toward)
step_up = nxt[0] - x[0]
grew = nxt > x
doubles = torch.nextafter(torch.tensor([1.0], dtype=torch.float64), torch.tensor([2.0], dtype=torch.float64))
double_step = doubles - 1.0
