# api: torch.get_num_threads
import torch
has_threads = torch.get_num_threads() >= 1
is_int = isinstance(torch.get_num_threads(), int)
