# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
img = torch.sin(torch.arange(252.).reshape(2, 3, 6, 7) * 0.37).requires_grad_()
grid = (torch.cos(torch.arange(80.).reshape(2, 5, 4, 2) * 1.91) * 1.3).requires_grad_()
bicubic = F.grid_sample(img, grid, mode='bicubic', padding_mode='reflection', align_corners=False)
nearest = F.grid_sample(img, grid, mode='nearest', padding_mode='border', align_corners=True)
bilinear = F.grid_sample(img, grid, mode='bilinear', padding_mode='zeros', align_corners=False)
grad_img, grad_grid = torch.autograd.grad((bilinear * bicubic).sum(), (img, grid))
vol = torch.arange(48.).reshape(1, 2, 2, 3, 4)
vgrid = torch.tensor([[[[[-1.0, -1.0, -1.0], [0.3, 0.2, -0.4], [1.1, 0.0, 0.9]]]]])
trilinear = F.grid_sample(vol, vgrid, align_corners=True)
results = {"bicubic": bicubic.detach(), "nearest": nearest.detach(), "bilinear": bilinear.detach(),
           "grad_img": grad_img, "grad_grid": grad_grid, "trilinear": trilinear}
