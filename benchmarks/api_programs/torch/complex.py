# api: torch.complex
import torch
real = torch.tensor([1.0, 2.0])
imag = torch.tensor([3.0, -1.0])
z = torch.complex(real, imag)
