# api: torch.resolve_conj
import torch
z = torch.tensor([1 + 2j, 3 - 1j])
conj_view = z.conj()
materialized = torch.resolve_conj(conj_view)
still_conj = materialized.is_conj()
real = torch.resolve_conj(torch.tensor([1.0, 2.0]))
