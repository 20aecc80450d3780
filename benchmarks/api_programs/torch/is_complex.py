# api: torch.is_complex
import torch
real = torch.is_complex(torch.tensor([1.0, 2.0]))
ints = torch.is_complex(torch.tensor([1, 2]))
cplx = torch.is_complex(torch.tensor([1 + 2j]))
