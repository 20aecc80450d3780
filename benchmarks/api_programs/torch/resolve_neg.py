# api: torch.resolve_neg
import torch
z = torch.tensor([1 + 2j, 3 - 1j])
neg_imag = z.conj().imag
resolved = torch.resolve_neg(neg_imag)
still_neg = resolved.is_neg()
real = torch.resolve_neg(torch.tensor([1.0, -2.0]))
