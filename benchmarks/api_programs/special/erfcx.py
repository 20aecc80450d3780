# api: torch.special.erfcx
import torch
y = torch.special.erfcx(torch.tensor([-1.0, 0.0, 5.0]))
