# api: torch.Tensor.is_complex
import torch
x = torch.tensor([1.0, 2.0])
real_is_complex = x.is_complex()
int_is_complex = torch.arange(3).is_complex()
