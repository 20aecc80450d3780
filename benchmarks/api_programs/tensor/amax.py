# api: torch.Tensor.amax
import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
m_all = x.amax()
m_rows = x.amax(dim=1)
m_keep = x.amax(0, keepdim=True)
m_both = x.amax(dim=(0, 1))
