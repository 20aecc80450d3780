# api: torch.is_autocast_cache_enabled
import torch
default = torch.is_autocast_cache_enabled()
torch.set_autocast_cache_enabled(False)
off = torch.is_autocast_cache_enabled()
torch.set_autocast_cache_enabled(True)
torch.clear_autocast_cache()
