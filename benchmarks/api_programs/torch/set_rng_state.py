# api: torch.set_rng_state
import torch
torch.manual_seed(1)
saved = torch.get_rng_state()
noise = torch.randn(3, 3)
torch.set_rng_state(saved)
replay = torch.randn(3, 3)
results = {"same_noise": bool(torch.equal(noise, replay))}
