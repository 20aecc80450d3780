# api: torch.Tensor.__format__
import torch
x = torch.tensor([1.5, 2.5])
loss = x.mean()
msg = f"loss={loss.item():.3f} shape={tuple(x.shape)} n={x.numel()}"
msg2 = f"{loss:.2f}"
msg3 = "epoch %d loss %.4f" % (1, loss)
msg4 = "{:.1f}".format(x.sum())
shape_str = str(list(x.size()))
print(x.shape, loss)
