# api: torch.mean
import torch
x = torch.tensor([[1, 2], [3, 4]])
m = torch.mean(x.float())
m_dim = torch.mean(x, dim=0, dtype=torch.float32)
m_kd = x.double().mean(1, keepdim=True)
