# api: torch.get_rng_state
import torch
state = torch.get_rng_state()
first = torch.rand(4)
torch.set_rng_state(state)
again = torch.rand(4)
results = {"repeats": bool(torch.equal(first, again)), "dtype": state.dtype}
