# api: torch.set_autocast_dtype
import torch
torch.set_autocast_dtype("cpu", torch.float16)
changed = torch.get_autocast_dtype("cpu")
torch.set_autocast_dtype("cpu", torch.bfloat16)
restored = torch.get_autocast_dtype("cpu")
