# api: torch.conj
import torch
z = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])
zc = torch.conj(z)
resolved = torch.conj(z).resolve_conj()
