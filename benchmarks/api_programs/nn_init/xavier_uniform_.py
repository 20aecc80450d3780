# api: torch.nn.init.xavier_uniform_
import torch
from torch.nn import init
w = torch.empty(30, 20)
init.xavier_uniform_(w, gain=2.0)
results = {"inside": bool((w.abs() <= 2.0 * (6 / 50) ** 0.5 + 1e-6).all())}
