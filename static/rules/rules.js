// "Back" on a Rules page. The page opens in a tab of its own beside the case (a link with
// target=_blank): that tab holds one page, and closing it returns to the case's tab, where the
// case still is. Reached within a tab (history behind it), Back goes back there. Only a page
// opened on its own, which can neither close nor go back, follows the link to the app.
document.addEventListener('click', (e) => {
  const link = e.target.closest && e.target.closest('a[data-back]');
  if (!link) return;
  e.preventDefault();
  if (history.length > 1) { history.back(); return; }
  window.close();
  // Still here (a tab the page may not close): the app.
  setTimeout(() => { location.href = link.href; }, 300);
});
