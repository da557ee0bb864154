// The demo partner page's own script: lists the events Pathways sends (never an answer).
['pathways:ready', 'pathways:resultShown', 'pathways:restart'].forEach(function (name) {
  document.getElementById('pathways').addEventListener(name, function (e) {
    var li = document.createElement('li');
    li.textContent = name + (e.detail ? ' ' + JSON.stringify(e.detail) : '');
    document.getElementById('events').appendChild(li);
  });
});
