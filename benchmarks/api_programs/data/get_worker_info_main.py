# api: torch.utils.data.get_worker_info
import torch
info = torch.utils.data.get_worker_info()
is_main = info is None
