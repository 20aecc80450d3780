# api: torch.set_num_threads
import torch
_previous = torch.get_num_threads()
torch.set_num_threads(1)
threads = torch.get_num_threads()
total = torch.arange(10.0).sum()
torch.set_num_threads(_previous)
