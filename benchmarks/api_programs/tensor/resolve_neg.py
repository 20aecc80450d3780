# api: torch.Tensor.resolve_neg
import torch
z = torch.tensor([1 + 2j, 3 - 1j])
imag_view = z.conj().imag
resolved = imag_view.resolve_neg()
still_neg = resolved.is_neg()
