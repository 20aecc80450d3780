# api: torch.set_warn_always
import torch
before = torch.is_warn_always_enabled()
torch.set_warn_always(True)
during = torch.is_warn_always_enabled()
torch.set_warn_always(False)
