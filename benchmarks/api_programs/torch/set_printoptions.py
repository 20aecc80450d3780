# api: torch.set_printoptions
import torch
torch.set_printoptions(precision=2)
text = str(torch.tensor([3.14159]))
torch.set_printoptions(profile="default")
results = {"short": "3.14" in text and "3.1416" not in text}
