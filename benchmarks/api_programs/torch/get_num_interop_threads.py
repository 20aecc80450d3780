# api: torch.get_num_interop_threads
import torch
torch.init_num_threads()
results = {"positive": torch.get_num_interop_threads() > 0}
