# api: torch.save
import torch, tempfile, os
_d = tempfile.mkdtemp()
_path = os.path.join(_d, "c.pth")
model = torch.nn.Linear(2, 1)
with torch.no_grad():
    model.weight.fill_(0.5); model.bias.fill_(-1.0)
torch.save({"epoch": 5, "best_acc": 0.75, "state": model.state_dict(), "hist": [1.0, 0.5]}, _path)
checkpoint = torch.load(_path, map_location="cpu")
start_epoch = checkpoint["epoch"] + 1
best = checkpoint["best_acc"]
hist = checkpoint["hist"]
checkpoint["hist"].append(0.25)
hist_len = len(checkpoint["hist"])
model.load_state_dict(checkpoint["state"])
has_key = "epoch" in checkpoint
ep = checkpoint.get("epoch", 0)
