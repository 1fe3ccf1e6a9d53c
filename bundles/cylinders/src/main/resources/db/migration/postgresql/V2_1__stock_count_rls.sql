SELECT gasline_protect('cyl_stock_count');
